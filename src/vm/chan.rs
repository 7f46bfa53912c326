//! Channels, until the runtime's `Hchan<Value>` is wired in: a buffered
//! queue that supports the operations that never block (send with room,
//! receive when non-empty or closed, close, len, cap). An operation that
//! would block reports a clear "not yet supported" fatal error.

use super::value::Value;
use parking_lot::Mutex;
use std::any::Any;
use std::collections::VecDeque;
use std::sync::Arc;

pub struct ChanObj {
    pub cap: usize,
    pub inner: Mutex<ChanInner>,
}

pub struct ChanInner {
    pub buf: VecDeque<Value>,
    pub closed: bool,
}

pub fn new_chan(cap: usize) -> Value {
    Value::Chan(Arc::new(ChanObj {
        cap,
        inner: Mutex::new(ChanInner {
            buf: VecDeque::new(),
            closed: false,
        }),
    }))
}

pub fn as_chan(c: &Arc<dyn Any + Send + Sync>) -> Option<&ChanObj> {
    c.downcast_ref::<ChanObj>()
}

pub fn chan_len(c: &Arc<dyn Any + Send + Sync>) -> i64 {
    as_chan(c)
        .map(|c| c.inner.lock().buf.len() as i64)
        .unwrap_or(0)
}

pub fn chan_cap(c: &Arc<dyn Any + Send + Sync>) -> i64 {
    as_chan(c).map(|c| c.cap as i64).unwrap_or(0)
}
