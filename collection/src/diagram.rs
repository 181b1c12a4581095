//! Layout for the coordination diagram: who directs and coordinates whom, as columns (the
//! coordinating bodies, then the agencies they coordinate, then the agencies those coordinate)
//! with each node on its own row and a parent centred on its children.

use crate::model::{AgenciesFile, Coordinator, Text};

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Agency id, or the body id for a coordinating body.
    pub id: String,
    pub name: Text,
    /// Short label (an agency's abbreviation; a body's name).
    pub short: Text,
    pub is_agency: bool,
    /// Column: 0 for bodies, 1 for the agencies they coordinate, …
    pub depth: usize,
    /// Vertical position in rows (a parent sits midway between its first and last child).
    pub row: f32,
    /// Index of the parent node, if any.
    pub parent: Option<usize>,
}

/// Nodes in depth-first order (a parent before its children); `rows` is the number of leaf
/// rows used.
pub fn coordination(f: &AgenciesFile) -> (Vec<Node>, usize) {
    let mut nodes = Vec::new();
    let mut next_row = 0usize;
    fn children_of<'a>(f: &'a AgenciesFile, c: &Coordinator) -> Vec<&'a crate::model::Agency> {
        f.agencies.iter().filter(|a| &a.coordinator == c).collect()
    }
    fn place(
        f: &AgenciesFile,
        nodes: &mut Vec<Node>,
        next_row: &mut usize,
        idx: usize,
        c: Coordinator,
        depth: usize,
    ) {
        let kids = children_of(f, &c);
        if kids.is_empty() {
            nodes[idx].row = *next_row as f32;
            *next_row += 1;
            return;
        }
        let mut rows = Vec::new();
        for a in kids {
            nodes.push(Node {
                id: a.id.clone(),
                name: a.name.clone(),
                short: a.abbreviation.clone(),
                is_agency: true,
                depth: depth + 1,
                row: 0.0,
                parent: Some(idx),
            });
            let child = nodes.len() - 1;
            place(
                f,
                nodes,
                next_row,
                child,
                Coordinator::Agency(a.id.clone()),
                depth + 1,
            );
            rows.push(nodes[child].row);
        }
        let (lo, hi) = rows
            .iter()
            .fold((f32::MAX, f32::MIN), |(lo, hi), r| (lo.min(*r), hi.max(*r)));
        nodes[idx].row = (lo + hi) / 2.0;
    }
    for b in &f.bodies {
        if children_of(f, &Coordinator::Body(b.id.clone())).is_empty() {
            continue;
        }
        nodes.push(Node {
            id: b.id.clone(),
            name: b.name.clone(),
            short: b.name.clone(),
            is_agency: false,
            depth: 0,
            row: 0.0,
            parent: None,
        });
        let idx = nodes.len() - 1;
        place(
            f,
            &mut nodes,
            &mut next_row,
            idx,
            Coordinator::Body(b.id.clone()),
            0,
        );
    }
    (nodes, next_row)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::DataFile;

    #[test]
    fn every_agency_appears_once_under_its_coordinator() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/agencies.json");
        let f = AgenciesFile::parse(&std::fs::read_to_string(dir).unwrap()).unwrap();
        let (nodes, rows) = coordination(&f);
        let agencies: Vec<&Node> = nodes.iter().filter(|n| n.is_agency).collect();
        assert_eq!(agencies.len(), f.agencies.len());
        for n in &agencies {
            let parent = &nodes[n.parent.unwrap()];
            let a = f.agency(&n.id).unwrap();
            match &a.coordinator {
                Coordinator::Agency(c) | Coordinator::Body(c) => assert_eq!(&parent.id, c),
            }
            assert_eq!(n.depth, parent.depth + 1);
        }
        // Leaves take distinct rows; a parent sits within its children's rows.
        assert!(rows >= 1 && rows <= f.agencies.len());
        for (i, n) in nodes.iter().enumerate() {
            let kids: Vec<f32> = nodes
                .iter()
                .filter(|k| k.parent == Some(i))
                .map(|k| k.row)
                .collect();
            if let (Some(lo), Some(hi)) = (
                kids.iter().cloned().reduce(f32::min),
                kids.iter().cloned().reduce(f32::max),
            ) {
                assert!(n.row >= lo && n.row <= hi, "{}", n.id);
            }
        }
    }
}
