export PRICE="price_1234"
export STRIPE_PUBLISHABLE_KEY="pk_test_1234"
export STRIPE_SECRET_KEY="rk_test_1234"
export STRIPE_WEBHOOK_SECRET="whsec_1234"
export STRIPE_LOCALE="pl"
export STRIPE_URL_SUCCESS="https://cloudowski.com"
export STRIPE_URL_CANCEL="https://cloudowski.com"

# default sets in Dockerfile
export DOMAIN="http://localhost:8080"
export PAYMENT_METHOD_TYPES="p24,card"
export STRIPE_COLLECT_ADDRESS="required"
export STRIPE_COLLECT_TAXID="true"
export STRIPE_ALLOW_PROMOCODES="true"
