package dev.readiness.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmbeddedCredentialsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://db.acme.io:5432/orders?user=app&password=G7K3M9P2Q4  | G7K3M9P2Q4",
        "postgres://app:G7K3M9P2Q4@db.acme.io:5432/orders                     | G7K3M9P2Q4",
        "redis://:G7K3M9P2Q4@cache.acme.io:6379                               | G7K3M9P2Q4",
        "amqp://u:G7K3%40M9P2@mq:5672/                                         | G7K3%40M9P2",
        "jdbc:sqlserver://db:1433;databaseName=orders;password={G7K3;M9P2}     | G7K3;M9P2",
        "jdbc:h2:tcp://db/orders;USER=sa;PASSWORD=G7K3M9P2Q4                  | G7K3M9P2Q4",
        "Server=db;User Id=app;Pwd=G7K3M9P2Q4;                                 | G7K3M9P2Q4",
        "PlainLoginModule required username=\"u\" password=\"G7K3 M9P2\";        | G7K3 M9P2",
        "https://hooks.acme.io/in?access_token=G7K3M9P2Q4&x=1                   | G7K3M9P2Q4",
        "https://maps.acme.io/api?key=G7K3M9P2Q4                                | G7K3M9P2Q4",
        "aws-secretsmanager:prod/app?accessKey=AKIAQ2XZ&secretKey=G7K3M9P2Q4    | G7K3M9P2Q4",
        "https://s3.acme.io/b?securityToken=G7K3M9P2Q4&privateKey=x             | G7K3M9P2Q4",
        "https://idp.acme.io/token?client_secret=G7K3M9P2Q4&clientSecret=x      | G7K3M9P2Q4",
        "optional:vault://G7K3M9P2Q4R8@vault.acme.io:8200/secret/app             | G7K3M9P2Q4R8",
        "admin:G7K3M9P2Q4@kafka1.acme.io:9092,kafka2.acme.io:9092               | G7K3M9P2Q4",
        "kafka1.acme.io:9092, svc:G7K3M9P2Q4@kafka2.acme.io:9092                | G7K3M9P2Q4",
        "mq:G7K3M9P2Q4@rabbit1.acme.io:5672                                     | G7K3M9P2Q4",
    })
    void ofShouldFindTheCredentialAUrlOrConnectionStringCarries(String value, String credential) {
        assertThat(EmbeddedCredentials.of(value.strip())).contains(credential.strip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://db.acme.io:5432/orders?user=app",
        "https://o1.ingest.sentry.io/1",
        "postgres://app:${DB_PASSWORD}@db/orders",
        "jdbc:mysql://db/app?password=${DB_PASSWORD}",
        "bypass=G7K3M9P2Q4",
        "passkey=on&monkey=G7K3M9P2Q4",
        "postgres://app@db.acme.io/orders",
        "plain text with no credential",
        "ops@acme.io",
        "maintenance 02:00 @ UTC",
        "kafka1.acme.io:9092,kafka2.acme.io:9092",
    })
    void ofShouldFindNothingInAValueWithoutAWrittenCredential(String value) {
        assertThat(EmbeddedCredentials.of(value)).isEmpty();
    }
}
