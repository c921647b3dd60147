"""A bureau's people on one shared server: who they are (a name and an SSH key), what each
role may do, and the lines OpenSSH's ``authorized_keys`` needs. No database, no UI."""
