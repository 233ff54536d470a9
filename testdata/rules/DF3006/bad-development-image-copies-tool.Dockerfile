# Files copied from an untagged image are someone else's binaries at whatever version is current,
# in any image; the development stage's own base is not judged.
FROM python:3.12-slim AS app
COPY . /app
CMD ["python", "/app/main.py"]

FROM app AS dev-envs
# expect: DF3006
COPY --from=example/devtools /usr/local/bin/ /usr/local/bin/
