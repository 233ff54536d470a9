variable "TAG" {
  default = "latest"
}

variable "NOT_AN_ARG" {
  default = "bake variables are not build arguments"
}

// no context: the Dockerfile at the top
target "_base" {
  args = {
    BASE_ARG        = "1"
    NULL_EVERYWHERE = null
    CHILD_NULLS     = "a parent value"
  }
}

// no target attribute: its arguments count all the same
target "app" {
  inherits = ["_base"]
  context  = "app"
  args = {
    APP_ARG     = "${TAG}"
    CHILD_NULLS = null
  }
}

target "services" {
  name    = "svc-${svc}"
  context = "svc-${svc}"
  matrix = {
    svc = ["a", "b"]
  }
  args = {
    SERVICE = svc
  }
}

target "remote" {
  context = "https://example.com/other.git#main"
  args = {
    REMOTE_ARG = "x"
  }
}

target "inline" {
  dockerfile-inline = "FROM alpine\n"
  args = {
    INLINE_ARG = "x"
  }
}
