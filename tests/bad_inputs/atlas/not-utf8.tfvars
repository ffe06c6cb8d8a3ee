# Bad input: a file saved in Latin-1, not UTF-8
name_prefix = "poc-atlas-dév"
