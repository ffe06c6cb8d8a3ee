# Bad input: an empty environment file

kafka_ui_access = {
  allowed_cidrs = ["192.0.2.0/28"]
}
