FROM random.example.net/debian:12
