//! Links people type (a post's link): which may be followed from the page.

/// The link as an address to open, if it is one: `http` or `https` with
/// something after the scheme. Anything else (`javascript:`, `data:`, a bare
/// word, a link without a host) is only ever shown as text.
pub fn followable(link: &str) -> Option<&str> {
    let link = link.trim();
    let (scheme, rest) = link.split_once("://")?;
    let web = scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("http");
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    (web && !host.is_empty() && !link.chars().any(char::is_control)).then_some(link)
}

/// Where a followable link leads, as the composer shows it beside the link:
/// its host and port, without a user name ("https://ann@shop.example:8443/a"
/// leads to "shop.example:8443"); `None` for a link not followed.
pub fn link_host(link: &str) -> Option<&str> {
    let (_, rest) = followable(link)?.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?;
    (!host.is_empty()).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::{followable, link_host};

    #[test]
    fn a_link_shows_where_it_leads() {
        for (link, host) in [
            ("https://example.com", Some("example.com")),
            (
                " http://Shop.Example.com/spring?utm=1#top ",
                Some("Shop.Example.com"),
            ),
            ("https://ann@shop.example:8443/a", Some("shop.example:8443")),
            (
                "https://bank.example@evil.example/login",
                Some("evil.example"),
            ),
            ("https://ann@/x", None),
            ("javascript:alert(1)", None),
            ("example.com", None),
        ] {
            assert_eq!(link_host(link), host, "{link}");
        }
    }

    #[test]
    fn web_addresses_are_followed() {
        for link in [
            "https://example.com",
            " http://example.com/spring?utm=1#top ",
            "HTTPS://EXAMPLE.COM/Shop",
        ] {
            assert_eq!(followable(link), Some(link.trim()), "{link}");
        }
    }

    #[test]
    fn anything_else_stays_text() {
        for link in [
            "",
            "javascript:alert(1)",
            " JavaScript:alert(document.cookie)",
            "javascript://example.com/%0Aalert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "//example.com",
            "example.com",
            "https://",
            "https:///path",
            "ftp://example.com",
            "https://exa\nmple.com",
            "java\tscript:alert(1)",
        ] {
            assert_eq!(followable(link), None, "{link:?}");
        }
    }
}
