export const environment = {
  production: true,
  apiUrl: 'https://your-api.render.com/api/v1',
  hubUrl: 'https://your-api.render.com/hubs/market'
};