# The app's release, test and lint targets; which image target is built is a variable.
variable "IMAGE_TARGET" {
  default = "runtime"
}

variable "DEBUG" {
  default = ""
}

variable "APP_DOCKERFILE" {
  default = "docker/app.Dockerfile"
}

group "default" {
  targets = ["image", "test"]
}

target "_common" {
  context    = "."
  dockerfile = APP_DOCKERFILE
  args = {
    GO_VERSION = "1.22"
  }
}

target "image" {
  inherits = ["_common"]
  target   = "${IMAGE_TARGET}${DEBUG != "" ? "-debug" : ""}"
  tags     = ["example/app:latest"]
}

target "test" {
  inherits = ["_common"]
  target   = "unit-test"
}

target "lint" {
  name     = "lint-${tool}"
  inherits = ["_common"]
  target   = tool
  matrix = {
    tool = ["golangci", "hadolint"]
  }
}

target "docs" {
  context = "docs"
  target  = "site"
}

target "remote" {
  context = "https://github.com/example/other.git#main"
  target  = "remote-only"
}

target "dynamic" {
  // a function call dflint does not evaluate: this target is dropped
  target = lower(IMAGE_TARGET)
}
