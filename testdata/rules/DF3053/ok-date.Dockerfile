# options: label=created:rfc3339
FROM alpine:3.20
LABEL created="2021-03-10T10:26:33.564595127+01:00"
LABEL created="2024-05-01T12:30:00Z"
LABEL created="2024-05-01 12:30:00z" other="yesterday"
