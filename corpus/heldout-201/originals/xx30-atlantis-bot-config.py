# Remote database configuration
db_id = ""
db_pass = ""
db_path = "postgresql://postgres:{}@db.{}.supabase.co:6543/postgres".format(db_pass, db_id)

# Discord bot access token, from Discord Developer portal
discord_access_token = ""

# Discord user IDs with admin access
discord_admins = []

# Discord channel to allow commands
discord_channel_id = 0

# Discord role to allow commands
discord_role_id = 0