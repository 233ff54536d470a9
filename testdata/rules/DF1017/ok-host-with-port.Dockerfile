FROM localhost:5000/team/app:1.2 AS a
FROM registry.example.com:443/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef AS b
FROM [::1]:5000/app:1 AS c
FROM a
