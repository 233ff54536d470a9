# options: target=runtime
FROM rust:1.80 AS build
RUN cargo build --release
FROM debian:bookworm-slim AS runtime
COPY --from=build /target/release/app /app
FROM rust:1.80 AS dev
RUN cargo install cargo-watch
