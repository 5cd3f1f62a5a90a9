# config.py

# News API
NEWS_API_KEY = "DEIN_NEWS_API_KEY_HIER"

# Free Trial Einstellungen
FREE_TRIAL_LIMIT = 10  # max. News-Anfragen pro Tag

# Paid Users Liste
PAID_USERS = ["user@example.com"]  # später kommen hier echte Paid-User rein

# Update Interval
UPDATE_INTERVAL_HOURS = 3  # alle x Stunden automatisch News abrufen

# Stripe Einstellungen
STRIPE_SECRET_KEY = "sk_test_DEIN_KEY"
STRIPE_PUBLISHABLE_KEY = "pk_test_DEIN_KEY"
PAID_PLAN_PRICE_ID = "price_123456789"  # Preis-ID aus Stripe Dashboard