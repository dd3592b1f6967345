# flags: --display
import asyncio
