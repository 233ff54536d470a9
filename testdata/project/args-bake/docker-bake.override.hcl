target "app" {
  args = {
    OVERRIDE_ADDED = "from the override file"
  }
}
