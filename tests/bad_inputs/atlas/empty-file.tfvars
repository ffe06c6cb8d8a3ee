# Bad input: an empty environment file
