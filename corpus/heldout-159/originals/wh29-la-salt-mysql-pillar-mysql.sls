#!yaml|gpg

mysql:
  root:
    name: root
    password: |
      -----BEGIN PGP MESSAGE-----

      hQGMA0MBrrFemIiPAQv+LgNZOY9lXQ7HrwRInih+1v9Ez6SgaNDejIOY8B/Nw77y
      iLR7m4+z6YKuLFxUsOT9bYPzmYvA0DsOC4u4LSFl3q1gRP13d5gmfaUv1qAWbbR2
      xf78VFQ50mXhIBJwGoyfBa9HYK6d4aIdENDXR61Kqa2O1CbCvQhLZAVJp57osY8t
      1kciRybBfMwxCkHO317ZNlbFT9sbES3lbrr0xcwlMnt+rWRXwu9+03/hgsFJ6Beb
      XCmJCOhYyPZO2HnGZ9siQlRujNIXgI57z2tLUQ+WkmEYdTR1RcqA3SKu+4j6bQrs
      stbAmhxh9b3lUeA6Yhk0lPiqDNBQ/QG18lHmRWA0E7rScpD58S4N+pJPzebegudk
      48uCFA2YsyQElnMU6u9Jgz79J76b80jxLvaSJ7H6+wBZh1I3fUJ9NdM7HtsObYa8
      82UD3OwyS53u8zlm386udL7X05p4dlA0EcV4R6mQTF6W88AQBdLxQP3C1869dtPx
      mc2D+TF5j2/6/MfisQHz0kMBc71DiK5sVW4P/5J9SzL04mwe9/EqvGAB82zoBcXN
      Y+UUz+zq4uQBXZvZjjrgoI08/1rvx6ozXeACFt4ozO3ppW9x
      =gIj2
      -----END PGP MESSAGE-----
  databases:
    eski:
      host: localhost
    internal:
      host: localhost
