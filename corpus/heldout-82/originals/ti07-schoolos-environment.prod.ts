export const environment = {
    production: true,
    apiUrl: 'https://your-production-domain.com/api/v1',
    whatsappGatewayUrl: 'https://whatsapp-gateway.your-production-domain.com'
};
