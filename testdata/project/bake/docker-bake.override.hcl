target "test" {
  target = "integration-test"
}

target "debug" {
  inherits = ["_common"]
  target   = "debug-tools"
}
