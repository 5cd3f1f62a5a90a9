export const environment = {
  production: true,
  version: '1.0.1p',
  apiUrl: 'http://localhost:8095',
};
