password = "password"
vpc_id   = ""
