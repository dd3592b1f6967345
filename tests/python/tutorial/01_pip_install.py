# flags: --display
# !pip install asyncio
