export const environment = {
  apiUrl: "https://tour-of-heroes-api.azurewebsites.net/api/hero",
  production: true
};
