# options: label=created:rfc3339
FROM alpine:3.20
# expect: DF3053
LABEL created="2024-05-01"
# expect: DF3053
LABEL created="2024-13-01T10:00:00Z"
