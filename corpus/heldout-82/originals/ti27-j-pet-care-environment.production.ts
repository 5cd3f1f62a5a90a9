export const environment = {
  production: true,
  useMock: false,
  apiUrl: 'https://yoyaku.hanahana-vet.jp',
  phonePrefix: '+81'
};
