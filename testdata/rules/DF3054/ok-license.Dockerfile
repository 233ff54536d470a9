# options: label=licenses:spdx
FROM alpine:3.20
LABEL licenses="BSD-3-Clause"
LABEL licenses="(Apache-2.0 OR MIT) AND GPL-2.0-or-later WITH Classpath-exception-2.0"
LABEL licenses="LicenseRef-Proprietary" other="whatever"
