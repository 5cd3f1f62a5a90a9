export default {
  API_URL: 'CHANGEME',
};
