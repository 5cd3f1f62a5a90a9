export const environment = {
  production: true,
  firebase: {
  apiKey: "AIzaSyB-_uOj14gB2CLzesf04S1z-vxBgwhvC4Y",
  authDomain: "jokko-agro-2f241.firebaseapp.com",
  projectId: "jokko-agro-2f241",
  storageBucket: "jokko-agro-2f241.firebasestorage.app",
  messagingSenderId: "284485584728",
  appId: "1:284485584728:web:d1c438950ac0043eef072d",
  measurementId: "G-JP1J9SSLKM"
  }
};
