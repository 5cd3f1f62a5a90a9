# NECESSARY
#---------
region=""
access_key=""
secret_key=""
ssh_key="ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQDaztqZ98OeM3NA22i4gp3OY5AOAyzB8x4nPg3GQcKkutPzuuHTGk7GhduXEs6fyMBPQLyd4iq/t3F+Ic30iDhC+6hUQPtpFO/Y3wejph7VyJcHn/Q0u18rTgYXKtbm06Yj/tzyVgH7PX5KfrM0RHPfF85NRgftgJucfSPxCxM0WYC7mVt2YEpy765r5WZO382xtw4nkNs207865XrXNegGYXxUuXyYtRNkXOSRzWYPmsnr/H3W2kH+0LlGoGsyU/aI+C7fygMTALlUx7paDllh9oEX8KS3DBO1j8Eall+o8KrTXiXdWhuo30QknWgmSLFwCVam7HSezSNC3sY4KSB31sz5mCId2d3X7YfgeA2YGkA5cjXK/OFyRIxBKotIkyWjyaTi1e1lIJ5bG2mTmyQmQjBXilHSB5Be4CJPUweaGFAfzf5UhD5WHLhN6jbna7a/anryb6YGp8BXhiDqGyGUdrybeIws3PdcMg672cy+cFG0vliWdTFvUjucB7r749c= austria@austria-Lenovo-V14-ADA"

# OPTIONALS (default in variables.tf)
#----------
#name=""

# RDS
#db_name=""
#db_admin=""
#db_pass=""
#db_type=""
#db_store=""

# EC2
#ec2_type=""
