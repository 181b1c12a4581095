//! `assets`: what the page skeleton (`index.html`) takes from the source, as the browser gets
//! it, written to `target/assets/` before every build (trunk's `pre_build` hook):
//!
//! - `main.css` — `style/main.css` without its comments (they say why each rule is there) and
//!   with its whitespace collapsed; `index.html` links it, trunk hashes it;
//! - `boot.js` — `src/boot.js` without its comment lines; `index.html` loads it, trunk hashes it;
//! - `search.js` — `src/search.js` likewise; trunk copies it, and boot.js imports it where
//!   search is wanted;
//! - `csp.txt` — the Content-Security-Policy for this data (`finish::policy`), and `icon.txt` —
//!   `public/favicon.svg` as a `data:` address; trunk writes both into the skeleton through
//!   `pattern_script` (Trunk.toml).
//!
//! So nothing rewrites trunk's output as text. (Trunk's own minification would rewrite the HTML
//! that the pre-renderer reads.)

use crate::{finish, root, Result};

/// Where the files go, relative to the repository (Trunk.toml and index.html name them).
pub const OUT: &str = "target/assets";

/// The stylesheet without comments, whitespace runs made one space, and no space around
/// `{`, `}` and `;` (never significant there). Quoted strings stay as they are.
pub fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            out.push(c);
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '"' | '\'' => {
                quote = Some(c);
                out.push(c);
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for d in chars.by_ref() {
                    if last == '*' && d == '/' {
                        break;
                    }
                    last = d;
                }
            }
            c if c.is_whitespace() => {
                let after_tight = out.ends_with(['{', '}', ';', ' ']) || out.is_empty();
                if !after_tight {
                    out.push(' ');
                }
            }
            '{' | '}' | ';' => {
                if out.ends_with(' ') {
                    out.pop();
                }
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out.trim_end().to_string()
}

/// `js` without whole-line `//` comments and blank lines: the explanations stay in the source
/// (they are half of `boot.js`, which every page loads before its heading paints).
pub fn without_comment_lines(js: &str) -> String {
    js.lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with("//"))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// The page's icon as a `data:` address: no request of its own. Browsers fetch a linked icon
/// as soon as the page has loaded, which on a fast link lands just before the first paint is on
/// screen, and Lighthouse then counts one more round trip before the largest paint. It costs
/// each page some 150 bytes; the file stays for the web app manifest.
pub fn icon_uri(svg: &str) -> std::result::Result<String, String> {
    if svg.contains('\'') {
        return Err("favicon.svg: use double quotes only (it goes into a data: URL)".into());
    }
    let mut uri = String::from("data:image/svg+xml,");
    for c in svg.trim().chars() {
        match c {
            '"' => uri.push('\''),
            '%' => uri.push_str("%25"),
            '#' => uri.push_str("%23"),
            '<' => uri.push_str("%3C"),
            '>' => uri.push_str("%3E"),
            ' ' | '\n' | '\r' | '\t' => uri.push_str("%20"),
            c => uri.push(c),
        }
    }
    Ok(uri)
}

/// Writes the five files (each only when it changed).
pub fn write() -> Result {
    let read =
        |rel: &str| std::fs::read_to_string(root().join(rel)).map_err(|e| format!("{rel}: {e}"));
    let files = [
        ("main.css", minify(&read("style/main.css")?)),
        ("boot.js", without_comment_lines(&read("src/boot.js")?)),
        ("search.js", without_comment_lines(&read("src/search.js")?)),
        ("csp.txt", finish::policy(&root().join("data"))),
        ("icon.txt", icon_uri(&read("public/favicon.svg")?)?),
    ];
    let dir = root().join(OUT);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for (name, text) in files {
        let out = dir.join(name);
        if std::fs::read_to_string(&out).ok().as_deref() != Some(text.as_str()) {
            std::fs::write(&out, text).map_err(|e| format!("{}: {e}", out.display()))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_loader_ships_without_its_explanations_and_reads_what_the_page_holds() {
        let source = std::fs::read_to_string(root().join("src/boot.js")).unwrap();
        let shipped = without_comment_lines(&source);
        assert!(
            source.contains("\n// ") && !shipped.lines().any(|l| l.trim_start().starts_with("//"))
        );
        assert!(shipped.contains("[data-disclosure]"));
        let id = collection::ids::HYDRATION_DATA;
        assert!(
            shipped.contains(&format!("getElementById('{id}')")),
            "boot.js reads #{id}"
        );
        assert!(shipped.contains("getElementById('app-code')"));
        // Trunk writes where the code is into the element boot.js reads.
        let trunk = std::fs::read_to_string(root().join("Trunk.toml")).unwrap();
        assert!(trunk.contains(r#"id="app-code">{"js":"{base}{js}","wasm":"{base}{wasm}"}"#));
    }

    /// The hydration handshake in boot.js sets Leptos's private globals: it names the minor
    /// version it was written for, which must be the one the app builds with.
    #[test]
    fn the_loader_matches_the_leptos_the_app_builds_with() {
        let lock = std::fs::read_to_string(root().join("Cargo.lock")).unwrap();
        let version = lock
            .split("[[package]]")
            .find(|p| p.contains("\nname = \"leptos\"\n"))
            .and_then(|p| p.split("version = \"").nth(1))
            .and_then(|v| v.split('"').next())
            .unwrap();
        let minor: String = version.split('.').take(2).collect::<Vec<_>>().join(".");
        let source = std::fs::read_to_string(root().join("src/boot.js")).unwrap();
        assert!(
            source.contains(&format!("matches Leptos {minor} ")),
            "Cargo.lock has Leptos {version}: check boot.js's hydration handshake and say so there"
        );
    }

    #[test]
    fn the_icon_goes_into_the_page() {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect fill=\"#0057b7\" width=\"50%\"/></svg>\n";
        assert_eq!(
            icon_uri(svg).unwrap(),
            "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%3E%20%3Crect%20fill='%230057b7'%20width='50%25'/%3E%3C/svg%3E"
        );
        assert!(icon_uri("<svg a='1'/>").is_err());
        // The shipped icon goes in as it is.
        let shipped = std::fs::read_to_string(root().join("public/favicon.svg")).unwrap();
        assert!(icon_uri(&shipped).is_ok());
    }

    #[test]
    fn comments_and_spaces_go_strings_and_meaning_stay() {
        let css = "/* why */\n:root {\n  --a: #fff; /* note */\n}\n\na.external::after { content: \" ↗ /* not a comment */\"; }\n.x .y,\n.z > p { margin: 0 0 1rem; }\n";
        assert_eq!(
            minify(css),
            ":root{--a: #fff;}a.external::after{content: \" ↗ /* not a comment */\";}.x .y, .z > p{margin: 0 0 1rem;}"
        );
    }

    #[test]
    fn the_real_stylesheet_loses_only_comments_and_spaces() {
        let css = std::fs::read_to_string(crate::root().join("style/main.css")).unwrap();
        let min = minify(&css);
        assert!(
            min.len() * 10 < css.len() * 9,
            "{} of {}",
            min.len(),
            css.len()
        );
        let words = |s: &str| {
            s.split(|c: char| c.is_whitespace() || "{};".contains(c))
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        let no_comments: String = {
            let mut s = css.clone();
            while let Some(i) = s.find("/*") {
                let j = s[i..].find("*/").map(|j| i + j + 2).unwrap();
                s.replace_range(i..j, " ");
            }
            s
        };
        assert_eq!(words(&min), words(&no_comments));
    }
}
