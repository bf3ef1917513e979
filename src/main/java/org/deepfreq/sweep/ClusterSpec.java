package org.deepfreq.sweep;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * A named cluster as the user gives it: every member's {@code HOST:PORT} (workers and submitters), the address this
 * process binds to (loopback unless told otherwise), its port (null: the first free listed port on that address)
 * and the shared secret.
 */
public record ClusterSpec(List<String> members, String bind, Integer port, ClusterSecret secret) {

    /** The loopback address members bind to unless {@code --bind} says otherwise. */
    public static final String LOOPBACK = "127.0.0.1";

    public ClusterSpec {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("--cluster needs at least one HOST:PORT");
        }
        members = members.stream().map(ClusterSpec::normalise).distinct().toList();
        bind = bind == null ? LOOPBACK : bind;
        if (port != null && (port < 1 || port > 65535)) {
            throw new IllegalArgumentException("--port must be between 1 and 65535, got " + port);
        }
    }

    /** Splits {@code --cluster} values (each may hold several comma-separated entries). */
    public static List<String> parseList(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    /** {@code HOST:PORT} with the host resolved to its IP address, as Hazelcast reports member addresses. */
    public static String normalise(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostPort.length() - 1) {
            throw new IllegalArgumentException("cluster member '" + hostPort + "' is not HOST:PORT (e.g. 10.0.0.5:5701)");
        }
        String host = hostPort.substring(0, colon);
        int port;
        try {
            port = Integer.parseInt(hostPort.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cluster member '" + hostPort + "' has no numeric port", e);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("cluster member '" + hostPort + "': port must be between 1 and 65535");
        }
        try {
            return InetAddress.getByName(host).getHostAddress() + ":" + port;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cluster member '" + hostPort + "': unknown host " + host, e);
        }
    }

    /** The listed ports on the bind address, in list order (where this process may listen). */
    List<Integer> listedPortsOnBindAddress() {
        String bindIp;
        try {
            bindIp = InetAddress.getByName(bind).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind " + bind + ": unknown address", e);
        }
        return members.stream().filter(m -> bindIp.equals("0.0.0.0") || m.startsWith(bindIp + ":"))
                .map(m -> Integer.parseInt(m.substring(m.lastIndexOf(':') + 1))).toList();
    }
}
