#!yaml|gpg

grafana:
  admin-password: |
    -----BEGIN PGP MESSAGE-----

    hQGMAyRAvboUiVyYAQwAsSLEM3Kgx5K+qUIJ7/zcDPL086EfjLVbH14YZrfDI1Ol
    DY+GAn4rov5ZKnTFEpTzGcqRlUtcICZolooZQjKeE7lufwjQgyAyddpuiWnaXtIV
    ULieYcexBfOgJclJQBq0CAP46nRgf0Ly1venHRZNbNr4rFVSeU8xVAofaBwx8SYe
    PCANDPL2FSASsKeT3EZJMBssTLK/qI+M+bch1b3YVg+ICSSZlP2kGB7ewRWNGyPe
    CNGSWFy/VfjnYNYeAPbbub/MEo11VswFnBIOn0iZXflb2JMYSNQaG82pAOj+18Fr
    VOw/8TgdQYPteXdi+wnqRqJTAvWyRUiUGfwAaPZPl5gMpBTxku8M57W0fi6cdzUh
    7pK+nkwiMC5bVLFYCyYLunDdZZm15LEzJYxZCW/76i6bLw4CDnwieKwCjW0DT3wZ
    xdkWHO/fSwDuYST/fhGZ1I6jrRvTXkTD1zzCSOpd/k3ewCInV1mBOgUColtZhIhm
    ZrkK1mZi+vh4IkwiR3nG0kgBQNpQ3i9m+BUkU2CDgPEZi0L3IdWY4lMZ+o1bQ/fu
    l87Yj2Q3Lav9XeyUFaS1wiXMCMNvExKH8E4dB1WP9vI4dh5MTaN+L3g=
    =Uay6
    -----END PGP MESSAGE-----
unifi:
  username: nickysemenza
  password: |
    -----BEGIN PGP MESSAGE-----

    hQGMAyRAvboUiVyYAQv/bYVe7ir9Y0RwnAV1AnPwQiQ05fZBvGapHy8ucVdTTV8J
    rVBiQpE99cH/ohEqblf2QebAe2FjIcomOJ0R82JMXk5hrQNbQQwIL864IWM17n5c
    f9E9r4IlkhjSB5I8jdDIriSFujzu1da8TBUZxdxG344dtu8bzs8vSSRlDv72WYXn
    Bet6ZGjkSL8lmNTx1uJoV92u9Y4DKtTpLJFKC6lYgwbX0bm8nrqO51Z1p90Km4vl
    JpILILrffqpXNRnb/mapEf9cSxgnAaLDuyLRCNuavQwEJLnz9nDld9idIVWBOdMd
    pc8HF5EaZZC6T7aketB2lvfleStczl2bK8u8BunU07h9foVqq9oAmBy3UR/RC+Mu
    52QwcQZxR8RpGj7lqscuB8k2aAVGD4KNJHVzfBAerYUJq7mPTzeLCR8WW+6pedGP
    816ddBlRpAzaTVFYFEFlC4G0pQFlVvU8qg4WHv35d59aFmhE2ksXIE68OtsW5AGm
    08kGrdm2juKjSwXnbE6D0kcB9a/u2VxWDRBw7xjVZ/Ia2F+V7kNokNJp5Y3O7jdM
    8zcnqxOeI6jYeHz+YgNCJNyAeKP0D3LX+89JAzyLFRfSgKoiagL6PA==
    =bpF3
    -----END PGP MESSAGE----- 
pia:
  username: p4266434
  password: |
    -----BEGIN PGP MESSAGE-----

    hQGMAyRAvboUiVyYAQv/Tz3AqXOYbe8AhSy1mSuqpnjokjsErM9seDSw+WxqKxdz
    4NZmsCQMl2f/TaUHEwa/6rN2zkJed9OvlQnw9iGjAVtygPEEN9WCPe7e6tPjWPrn
    4h4GEI4x8wvfbvhWy4Emw9QUaZK3UfIth3divf+JZBRb7ZcD+tuaeV4Nobd3tQaH
    mXRXDBprSaEvMNW7dlLO6Tf/7+yx5CVd96KdyTBT4FtkhQi1aVk6RbPh2Cl602Tk
    ber6GSaH9ctWWjk1OgMjTcoNvjltHPT2mIekqYswUWbx8TgG6hCGfU6w5knW4kh5
    YZ2F4y2cHiccwA77YrNKgI5lnG9UXasc7/RPTm4H032Bf7lmliptMZ64l2yGo4Kp
    tgAQ7eLpEY8471ai4HV5ZdaZLORRumXtmHm74FKxUE/9xV8P8s6Y4FNd/7544bkl
    OaW/3GCDMMTb9fm9gQX8lch8Zqs4l/0+QquuBFrdEqb8SHlCzMpsnCj/WJWCYBdz
    vKYQf7Ctm/6vs6IFbYbg0kUBO1XcMVky7bAJ6l6T3dSdnMLYkfyjoTCBpYIQwkaN
    xxzyi0/cmTpDuBFXw7zF4U0nlVNhSaCX3UX/33g+AwWtGDRjd7Q=
    =8TZ7
    -----END PGP MESSAGE-----