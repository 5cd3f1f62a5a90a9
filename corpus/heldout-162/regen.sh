#!/bin/sh
# Rebuilds the flattened files of this set from originals/ (run in this directory).
set -e
O=originals
python3 compose2env.py $O/wk03-restaurant-app-backend-docker-compose-pro.yml wk03-restaurant-app-backend-docker-compose-pro.env "environment entries of piwas-21/restaurant-app-backend docker-compose-pro.yml, flattened by compose2env.py"
{ echo "# eposrestaurant2023/epos_restaurant_backend_2023 eAPI/eAPI/appsettings.json flattened by json2props.py"; python3 json2props.py $O/wk05-epos-restaurant-eapi-appsettings.json; } > wk05-epos-restaurant-eapi-appsettings.properties
python3 yaml2props.py $O/wk06-restaurant-management-system-adapters-application.yml wk06-restaurant-management-system-adapters-application.properties >/dev/null
python3 yaml2props.py $O/wk13-hotel-management-restaurant-container-application-prod.yml wk13-hotel-management-restaurant-service-application-prod.properties >/dev/null
python3 compose2env.py $O/wk14-bookmyhotel-infra-docker-compose.yml wk14-bookmyhotel-infra-docker-compose.env "environment entries of abaditsegay/bookmyhotel infra/docker-compose.yml, flattened by compose2env.py (first value kept when a key repeats)"
python3 yaml2props.py $O/wk18-hotel-pms-config-billing-service.yml wk18-hotel-pms-config-billing-service.properties >/dev/null
{ echo "# redle82/chefiapp-pos-core supabase/config.toml flattened by toml2props.py (comments dropped)"; python3 toml2props.py $O/wk20-chefiapp-pos-core-supabase-config.toml; } > wk20-chefiapp-pos-core-supabase-config.properties
python3 py2props.py $O/wk25-hotelmate-backend-settings.py wk25-hotelmate-backend-settings.properties "nlekkerman/HotelMateBackend HotelMateBackend/settings.py flattened by py2props.py: literal module-level assignments only; env(...) reads and other non-literal values left out" >/dev/null
