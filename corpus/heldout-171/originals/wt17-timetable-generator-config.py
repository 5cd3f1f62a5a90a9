# Configuration file

# College details
COLLEGE_NAME = "Example College"
COLLEGE_ADDRESS = "123 Main St, Anytown, USA"

# Time table settings
START_TIME = "09:00"
END_TIME = "17:00"
SLOT_DURATION = 60  # in minutes

# Database settings
DB_HOST = "localhost"
DB_USER = "root"
DB_PASSWORD = "password"
DB_NAME = "timetable_db"