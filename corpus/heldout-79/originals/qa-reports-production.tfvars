environment = "production"
canonical_dns_name = "qa-reports.linaro.org"
mq_node_type = "t3.micro"
db_node_type = "t3.xlarge"
db_storage = 749
db_max_storage = 3000
db_engine_version = "12.5"
db_parameter_group = "default.postgres12"
