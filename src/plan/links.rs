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

#[cfg(test)]
mod tests {
    use super::followable;

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
