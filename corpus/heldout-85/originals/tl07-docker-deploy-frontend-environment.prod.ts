export const environment = {
  production: true,
  graphqlUri: 'http://50.19.67.132:8085/graphql'

};
