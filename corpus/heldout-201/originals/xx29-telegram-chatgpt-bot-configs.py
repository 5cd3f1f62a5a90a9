main_channel = "channelname"
bot_username = "bot username"
telegram_token = "TOKEN"
openai_api_key = "KEY"
admins = [] # Admins usernames
