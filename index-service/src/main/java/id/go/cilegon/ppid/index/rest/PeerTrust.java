package id.go.cilegon.ppid.index.rest;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Verifies the certificate of the instance a call is forwarded to: it must chain to the trusted CAs and name the
 * instances' common name ({@code ppid.peers.server-name}), whatever address the instance was called at. The instances
 * advertise their pod address, which no certificate issued in advance can name; they all hold one certificate with
 * one name instead. In JSSE the trust manager is where the server's name is checked (the JDK's own checks the host
 * called), so this one checks the configured name, always, in place of the host.
 */
final class PeerTrust extends X509ExtendedTrustManager {

    /** dNSName in a subjectAltName entry (RFC 5280). */
    private static final int DNS_NAME = 2;

    private final X509TrustManager chain;
    private final String serverName;

    private PeerTrust(X509TrustManager chain, String serverName) {
        this.chain = chain;
        this.serverName = serverName;
    }

    /** TLS that trusts the CAs of {@code trusted} (the JVM's when null) and only certificates naming {@code serverName}. */
    static SSLContext sslContext(KeyStore trusted, String serverName) {
        if (serverName == null || serverName.isBlank()) {
            throw new IllegalStateException("ppid.peers.scheme=https needs ppid.peers.server-name, the name every"
                    + " instance's certificate holds");
        }
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trusted);
            X509TrustManager pkix = null;
            for (TrustManager tm : factory.getTrustManagers()) {
                if (tm instanceof X509TrustManager) {
                    pkix = (X509TrustManager) tm;
                }
            }
            if (pkix == null) {
                throw new IllegalStateException("no X.509 trust manager in " + factory.getAlgorithm());
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new PeerTrust(pkix, serverName)}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS to the other instances: " + e.getMessage(), e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] certificates, String authType) throws CertificateException {
        chain.checkServerTrusted(certificates, authType);
        if (!names(certificates[0], serverName)) {
            throw new CertificateException("the certificate of " + certificates[0].getSubjectX500Principal()
                    + " does not name " + serverName + " (ppid.peers.server-name)");
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] certificates, String authType, Socket socket)
            throws CertificateException {
        checkServerTrusted(certificates, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] certificates, String authType, SSLEngine engine)
            throws CertificateException {
        checkServerTrusted(certificates, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] certificates, String authType) throws CertificateException {
        throw new CertificateException("the instances do not authenticate callers by certificate");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] certificates, String authType, Socket socket)
            throws CertificateException {
        checkClientTrusted(certificates, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] certificates, String authType, SSLEngine engine)
            throws CertificateException {
        checkClientTrusted(certificates, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return chain.getAcceptedIssuers();
    }

    /** Whether a DNS name of the certificate's subjectAltName is {@code name} (exactly: no wildcard). */
    static boolean names(X509Certificate certificate, String name) throws CertificateParsingException {
        Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
        if (alternatives == null) {
            return false;
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        for (List<?> alternative : alternatives) {
            if (((Integer) alternative.get(0)) == DNS_NAME
                    && wanted.equals(((String) alternative.get(1)).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
