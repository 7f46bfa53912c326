//! Channel values: the runtime's `Hchan<Value>` plus the element type's
//! zero value (what a receive from a closed channel yields). Blocking and
//! waking are entirely the runtime's (`runtime/chan.rs`, `select.rs`).

use super::heap::deep_copy;
use super::value::Value;
use crate::runtime::Hchan;
use std::any::Any;
use std::sync::Arc;

pub struct ChanObj {
    pub ch: Hchan<Value>,
    /// Zero value of the element type.
    pub zero: Value,
    /// A `time.Timer`/`Ticker` channel: it buffers one value internally,
    /// but since Go 1.23 `len` and `cap` report 0 (see stdlib/time.rs).
    pub timer: bool,
}

impl ChanObj {
    pub fn is_timer(&self) -> bool {
        self.timer
    }

    pub fn zero(&self) -> Value {
        deep_copy(&self.zero)
    }
}

pub fn new_chan(cap: usize, zero: Value) -> Value {
    Value::Chan(Arc::new(ChanObj {
        ch: Hchan::new(cap),
        zero,
        timer: false,
    }))
}

/// A timer channel of `Time` values (`zero`): room for one, reported as
/// unbuffered.
pub fn new_timer_chan(zero: Value) -> Value {
    Value::Chan(Arc::new(ChanObj {
        ch: Hchan::new(1),
        zero,
        timer: true,
    }))
}

pub fn as_chan(c: &Arc<dyn Any + Send + Sync>) -> Option<&ChanObj> {
    c.downcast_ref::<ChanObj>()
}

pub fn chan_len(c: &Arc<dyn Any + Send + Sync>) -> i64 {
    as_chan(c)
        .filter(|c| !c.timer)
        .map(|c| c.ch.len() as i64)
        .unwrap_or(0)
}

pub fn chan_cap(c: &Arc<dyn Any + Send + Sync>) -> i64 {
    as_chan(c)
        .filter(|c| !c.timer)
        .map(|c| c.ch.cap() as i64)
        .unwrap_or(0)
}
