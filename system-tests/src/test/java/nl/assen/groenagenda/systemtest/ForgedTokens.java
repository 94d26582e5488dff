package nl.assen.groenagenda.systemtest;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;

/** Tokens an attacker could make from a real one: the same claims, but no valid signature of the realm. */
public final class ForgedTokens {

    private static RSAKey foreignKey;

    private ForgedTokens() {
    }

    /** The real token's claims under {@code "alg": "none"}, with an empty signature. */
    public static String unsigned(String realToken) {
        return new PlainJWT(Keycloak.claims(realToken)).serialize();
    }

    /** The real token's claims and key id, signed RS256 with a key the realm never saw. */
    public static String signedWithForeignKey(String realToken) {
        try {
            SignedJWT real = SignedJWT.parse(realToken);
            JWTClaimsSet claims = real.getJWTClaimsSet();
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .type(JOSEObjectType.JWT)
                    .keyID(real.getHeader().getKeyID())
                    .build();
            SignedJWT forged = new SignedJWT(header, claims);
            forged.sign(new RSASSASigner(foreignKey()));
            return forged.serialize();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("could not forge a token", e);
        }
    }

    private static synchronized RSAKey foreignKey() throws JOSEException {
        if (foreignKey == null) {
            foreignKey = new RSAKeyGenerator(2048).generate();
        }
        return foreignKey;
    }
}
