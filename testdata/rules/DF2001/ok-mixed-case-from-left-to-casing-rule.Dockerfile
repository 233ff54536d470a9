# A mixed-case FROM is DF2003's business, whatever AS looks like.
From alpine:3.20 as base
FROM base AS final
