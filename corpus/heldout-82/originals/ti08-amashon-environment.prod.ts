export const environment = {
  production: true,
  version: '1.0.0',
  URL_Amashon_RestApi: 'http://localhost:4000/api/'
};
