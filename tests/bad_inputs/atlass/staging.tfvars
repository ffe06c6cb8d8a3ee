# Bad input: a platform folder name misspelled (atlass instead of atlas)
