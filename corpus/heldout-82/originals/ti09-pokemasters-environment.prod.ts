export const environment = {
  production: true,
  apiUrl: 'http://ec2-52-91-13-196.compute-1.amazonaws.com:8081'
};
