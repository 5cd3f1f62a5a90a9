export const environment = {
  production: false,


  authApi: 'https://sigiv2.onrender.com/auth',
  usersApi: 'https://sigiv2.onrender.com/usuarios',
  empresasApi: 'https://sigiv2.onrender.com/empresas',
  proveedoresApi: 'https://sigiv2.onrender.com/proveedores',
  categoriasApi: 'https://sigiv2.onrender.com/categorias',
  productosApi: 'https://sigiv2.onrender.com/productos',
  ventasApi: 'https://sigiv2.onrender.com/ventas',
  cotizacionesApi: 'https://sigiv2.onrender.com/cotizaciones',
  detalleCotizacionApi: 'https://sigiv2.onrender.com/api/detallecotizacion',
  devolucionesApi: 'https://sigiv2.onrender.com/api/devoluciones',
  personasApi: 'https://sigiv2.onrender.com/personas',
  nominasApi: 'https://sigiv2.onrender.com/nominas',
  personaNominaApi: 'https://sigiv2.onrender.com/persona-nomina',
};
