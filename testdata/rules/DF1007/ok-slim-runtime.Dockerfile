FROM python:3.12 AS build
RUN pip wheel -w /wheels .
FROM python:3.12-slim
COPY --from=build /wheels /wheels
