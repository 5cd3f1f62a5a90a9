export const JWT_SECRET = process.env.JWT_SECRET || "your_jwt_secret_key";
export const JWT_EXPIRE = process.env.JWT_EXPIRE || "7d";

export const EMAIL_FROM = process.env.EMAIL_FROM || "noreply@communityunity.com";
export const SMTP_HOST = process.env.SMTP_HOST || "smtp.example.com";
export const SMTP_PORT = process.env.SMTP_PORT || 587;
export const SMTP_USER = process.env.SMTP_USER || "your_email@example.com";
export const SMTP_PASS = process.env.SMTP_PASS || "your_email_password";

